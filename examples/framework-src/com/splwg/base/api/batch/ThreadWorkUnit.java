package com.splwg.base.api.batch;

import com.splwg.base.api.datatypes.Id;

/**
 * One unit of batch work, usually one entity to process: the primary id plus optional
 * supplemental values computed by the job so that workers need not read them again.
 *
 * <pre>
 * ThreadWorkUnit unit = new ThreadWorkUnit();
 * unit.setPrimaryId(new Account_Id(row.getString("ACCT_ID")));
 * unit.addSupplementalData("billId", row.getString("BILL_ID"));
 * </pre>
 */
public class ThreadWorkUnit implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Id primaryId;
    private final java.util.Map<String, Object> supplementalData = new java.util.HashMap<>();

    public Id getPrimaryId() {
        return primaryId;
    }

    public void setPrimaryId(Id primaryId) {
        this.primaryId = primaryId;
    }

    public void addSupplementalData(String name, Object value) {
        supplementalData.put(name, value);
    }

    public Object getSupplementalData(String name) {
        return supplementalData.get(name);
    }
}
