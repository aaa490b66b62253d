package com.splwg.ccb.domain.customerinfo.premise;

import com.splwg.base.api.BusinessEntity;
import com.splwg.ccb.domain.admin.cisDivision.CisDivision;

/**
 * Premise (CI_PREM): a location where service is provided, with its address.
 */
public interface Premise extends BusinessEntity {

    @Override
    Premise_Id getId();

    /** Premise type (PREM_TYPE_CD). */
    String getPremiseTypeCode();

    /** First address line (ADDRESS1). */
    String getAddress1();

    /** City (CITY). */
    String getCity();

    /** State or province (STATE). */
    String getState();

    /** Postal code (POSTAL). */
    String getPostal();

    /** Country (COUNTRY). */
    String getCountry();

    /** Owning CIS division (CIS_DIVISION). */
    CisDivision getDivision();
}
