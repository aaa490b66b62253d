package com.splwg.ccb.domain.billing.billSegment;

import com.splwg.base.api.BusinessEntity;
import com.splwg.base.api.datatypes.Date;
import com.splwg.base.api.datatypes.DateTime;
import com.splwg.ccb.api.lookup.BillSegmentStatusLookup;
import com.splwg.ccb.domain.billing.bill.Bill;
import com.splwg.ccb.domain.customerinfo.serviceAgreement.ServiceAgreement;

/**
 * Bill segment (CI_BSEG): the charges of one contract on one bill. Calculation headers and lines
 * live in CI_BSEG_CALC / CI_BSEG_CALC_LN, service quantities in CI_BSEG_SQ; freezing a segment
 * creates its financial transaction (FT_TYPE_FLG 'BS').
 */
public interface BillSegment extends BusinessEntity {

    @Override
    BillSegment_Id getId();

    /** Bill the segment belongs to (BILL_ID). */
    Bill getBill();

    /** Billed contract (SA_ID). */
    ServiceAgreement getServiceAgreement();

    /** Pending, error, freezable, frozen, cancel pending or canceled (BSEG_STAT_FLG). */
    BillSegmentStatusLookup getBillSegmentStatus();

    /** Start of the billed period (START_DT). */
    Date getStartDate();

    /** End of the billed period (END_DT). */
    Date getEndDate();

    /** When the segment was created (CRE_DTTM). */
    DateTime getCreationDateTime();

    BillSegment_DTO getDTO();

    void setDTO(BillSegment_DTO dto);
}
