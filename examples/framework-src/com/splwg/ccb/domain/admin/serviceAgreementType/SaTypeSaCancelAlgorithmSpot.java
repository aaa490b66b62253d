package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Cancel. Algorithms plugged in on the SA type for the system event <b>SA Cancel</b>
 * run when a contract of that type is canceled (SA_STATUS_FLG becomes canceled '70'), e.g. to
 * cancel its open billable charges or pending adjustments.
 *
 * <p>Input hard parameter: the contract being canceled. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypeSaCancel"})
 */
public interface SaTypeSaCancelAlgorithmSpot extends AlgorithmSpot {

    /** The contract being canceled. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);
}
