package com.splwg.ccb.domain.admin.serviceAgreementType;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * SA Type - SA Activation. Algorithms plugged in on the SA type for the system event
 * <b>SA Activation</b> run when a contract of that type is activated (SA_STATUS_FLG moves from
 * pending start '05' to active '20'), online or by the SA activation background process.
 * Typical uses: default contract characteristics ({@code CI_SA_CHAR}) from the account, create
 * a deposit or a welcome adjustment, or link the contract to a price list.
 *
 * <p>Input hard parameter: the contract being activated. No output; raise errors with
 * {@code addError} to keep the contract pending.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "saTypeSaActivation"})
 */
public interface SaTypeSaActivationAlgorithmSpot extends AlgorithmSpot {

    /** The contract being activated. */
    void setServiceAgreement(ServiceAgreement serviceAgreement);
}
