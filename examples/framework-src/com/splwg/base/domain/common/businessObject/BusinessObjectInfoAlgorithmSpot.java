package com.splwg.base.domain.common.businessObject;

import com.splwg.base.api.algorithms.AlgorithmSpot;
import com.splwg.base.api.businessObject.BusinessObjectInstance;

/**
 * Business Object - Information. The algorithm plugged in on a business object for the system
 * event <b>Information</b> builds the description of an instance shown in portals, searches and
 * lists (e.g. "Transaction 4711 - ACME Ltd - 125.00 USD - Error").
 *
 * <p>Input hard parameter: the instance. Output: the information string.
 *
 * @AlgorithmSpot (algorithmEntityValues = { "businessObjectInformation"})
 */
public interface BusinessObjectInfoAlgorithmSpot extends AlgorithmSpot {

    /** The instance to describe. */
    void setBusinessObjectInstance(BusinessObjectInstance businessObjectInstance);

    /** The description. */
    String getInfo();
}
