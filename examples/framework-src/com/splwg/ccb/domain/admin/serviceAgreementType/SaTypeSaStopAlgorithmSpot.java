package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.datatypes.Date;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Stop. Algorithms plugged in on the SA type for the system event <b>SA Stop</b> run
 * when a contract of that type is stopped (SA_STATUS_FLG becomes stopped '40'). Typical uses:
 * refund a deposit, end-date price assignments or contract characteristics, create a final
 * charge.
 *
 * <p>Input hard parameters: the contract and its stop date. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypeSaStop"})
 */
public interface SaTypeSaStopAlgorithmSpot extends AlgorithmSpot {

    /** The contract being stopped. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);

    /** Effective stop date. */
    void setStopDate(Date stopDate);
}
