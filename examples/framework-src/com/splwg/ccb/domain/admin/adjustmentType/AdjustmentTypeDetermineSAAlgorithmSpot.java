package com.splwg.ccb.domain.admin.adjustmentType;

import java.math.BigDecimal;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.customerinfo.account.Account;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Adjustment Type - Determine SA. The algorithm plugged in on the adjustment type for the system
 * event <b>Determine SA</b> is used by the adjustment upload process when an uploaded adjustment
 * names an account but no contract: it chooses the contract of the account that receives the
 * adjustment (e.g. the active contract whose SA type matches the adjustment type's intent).
 *
 * <p>Input hard parameters: account, adjustment type, amount, adjustment date and the external
 * reference of the upload record. Output: the chosen contract, null when none fits (the upload
 * record goes into error).
 *
 * @AlgorithmSpot (algorithmEntityValues = { "adjustmentTypeDetermineSa"})
 */
public interface AdjustmentTypeDetermineSAAlgorithmSpot extends AlgorithmSpot {

    /** Account named on the upload record. */
    void setAccount(Account account);

    /** Adjustment type of the upload record. */
    void setAdjustmentType(AdjustmentType adjustmentType);

    /** Amount of the adjustment. */
    void setAdjustmentAmount(BigDecimal adjustmentAmount);

    /** Date of the adjustment. */
    void setAdjustmentDate(Date adjustmentDate);

    /** External reference of the upload record. */
    void setExternalReferenceId(String externalReferenceId);

    /** The contract that should receive the adjustment. */
    ServiceAgreement getServiceAgreement();
}
