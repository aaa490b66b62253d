package com.splwg.base.domain.common.businessObject;

/**
 * A lifecycle status of a business object (business object code plus status code), returned by
 * BO status algorithms that choose the next status, e.g.
 * {@code new BusinessObjectStatusCode(boId, "ERROR")}.
 */
public final class BusinessObjectStatusCode implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final BusinessObject_Id businessObjectId;
    private final String status;

    public BusinessObjectStatusCode(BusinessObject_Id businessObjectId, String status) {
        this.businessObjectId = businessObjectId;
        this.status = status;
    }

    public BusinessObject_Id getBusinessObjectId() {
        return businessObjectId;
    }

    public String getStatus() {
        return status;
    }
}
