package com.splwg.ccb.domain.admin.customerContactType;

import com.splwg.base.api.algorithms.AlgorithmSpot;

/**
 * Customer Contact Type - Collection Action. The algorithm plugged in on a customer contact type
 * runs when a customer contact ({@code CI_CC}) of that type is created by a collection or
 * severance event (reminder letter, phone call, visit), and performs the follow-up action of the
 * contact: send the letter to the print queue, set a characteristic, create a To Do entry.
 *
 * <p>Input hard parameters: the customer contact id, its type and the person contacted. No output.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "customerContactTypeAction"})
 */
public interface CollectionActionAlgorithmSpot extends AlgorithmSpot {

    /** CC_ID of the customer contact. */
    void setContactId(String contactId);

    /** CC_TYPE_CD of the customer contact. */
    void setContactType(String contactType);

    /** PER_ID of the person contacted. */
    void setPersonId(String personId);
}
