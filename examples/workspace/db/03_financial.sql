/*
 * Financial tables: financial transactions, their general ledger lines,
 * adjustments, GL distribution codes and the accounting calendar.
 * (lower-case dump from the ORMB 2.9 development instance)
 */

create table ci_ft (
    ft_id               char(12)        not null,
    sibling_id          char(12)        not null,
    sa_id               char(10)        not null,
    parent_id           char(12)        not null,
    gl_division         char(5),
    cis_division        char(5)         not null,
    currency_cd         char(3)         not null,
    ft_type_flg         char(2)         not null,
    cur_amt             number(15,2)    default 0 not null,
    tot_amt             number(15,2)    default 0 not null,
    cre_dttm            date            not null,
    freeze_sw           char(1)         default 'N' not null,
    freeze_user_id      char(8),
    freeze_dttm         date,
    ars_dt              date,
    corrections_sw      char(1)         default 'N' not null,
    redundant_sw        char(1)         default 'N' not null,
    new_debit_sw        char(1)         default 'N' not null,
    show_on_bill_sw     char(1)         default 'N' not null,
    not_in_arrs_sw      char(1)         default 'N' not null,
    bill_id             char(12),
    accounting_dt       date            not null,
    xfer_adj_id         char(12),
    gl_distrib_status   char(1)         default 'P' not null,
    sched_distrib_dt    date,
    match_evt_id        char(12),
    version             number(5)       default 1 not null,
    constraint ci_ft_pk primary key (ft_id),
    constraint ci_ft_fk1 foreign key (sa_id) references ci_sa (sa_id)
);

comment on table ci_ft is 'Financial transaction (FT): the financial effect of a bill segment, adjustment or payment segment on a contract - the source of AR balances and GL entries.';
comment on column ci_ft.ft_id is 'System-generated financial transaction identifier.';
comment on column ci_ft.sibling_id is 'Id of the object that caused the FT: bill segment (BS/BX), adjustment (AD/AX) or payment segment (PS/PX).';
comment on column ci_ft.sa_id is 'Contract whose balance the FT changes.';
comment on column ci_ft.parent_id is 'Parent of the sibling: bill id for bill segments, payment id for payment segments, adjustment type for adjustments.';
comment on column ci_ft.currency_cd is 'Currency of the amounts.';
comment on column ci_ft.ft_type_flg is 'FT type: BS bill segment, BX bill cancellation, PS payment, PX payment cancellation, AD adjustment, AX adjustment cancellation.';
comment on column ci_ft.cur_amt is 'Effect on the current (billed) balance.';
comment on column ci_ft.tot_amt is 'Effect on the payoff (total) balance.';
comment on column ci_ft.freeze_sw is 'Y once the FT is frozen and may be booked to the general ledger.';
comment on column ci_ft.freeze_dttm is 'When the FT was frozen.';
comment on column ci_ft.show_on_bill_sw is 'Y when the FT appears on the next bill.';
comment on column ci_ft.bill_id is 'Bill on which the FT was (or will be) shown.';
comment on column ci_ft.accounting_dt is 'Accounting date that decides the GL accounting period.';
comment on column ci_ft.gl_distrib_status is 'GL interface status: P pending, G generated, D distributed to the ledger.';
comment on column ci_ft.match_evt_id is 'Match event that settles this FT against payments (open item accounting).';

create table ci_ft_gl (
    ft_id               char(12)        not null,
    gl_seq_nbr          number(5)       not null,
    dst_id              char(10)        not null,
    amount              number(15,2)    default 0 not null,
    gl_acct             varchar2(254)   not null,
    validated_sw        char(1)         default 'N' not null,
    statistic_amt       number(18,6)    default 0,
    stat_uom_cd         char(4),
    version             number(5)       default 1 not null,
    constraint ci_ft_gl_pk primary key (ft_id, gl_seq_nbr),
    constraint ci_ft_gl_fk1 foreign key (ft_id) references ci_ft (ft_id)
);

comment on table ci_ft_gl is 'FT general ledger line: the debit/credit lines (GL account string and amount) that an FT books to the general ledger.';
comment on column ci_ft_gl.ft_id is 'Financial transaction the GL line belongs to.';
comment on column ci_ft_gl.gl_seq_nbr is 'Sequence of the GL line within the FT.';
comment on column ci_ft_gl.dst_id is 'GL distribution code that produced the line.';
comment on column ci_ft_gl.amount is 'Signed amount booked (debit positive, credit negative).';
comment on column ci_ft_gl.gl_acct is 'Constructed GL account string sent to the ledger.';
comment on column ci_ft_gl.validated_sw is 'Y when the GL account passed validation.';

create table ci_dst_code (
    dst_id              char(10)        not null primary key,
    gl_acct             varchar2(254)   not null,
    gl_acct_alg_cd      char(12),
    cis_division        char(5),
    descr               varchar2(60),
    version             number(5)       default 1 not null
);

comment on table ci_dst_code is 'GL distribution code: names a general ledger account (or the algorithm that constructs it) for booking amounts.';
comment on column ci_dst_code.dst_id is 'Distribution code.';
comment on column ci_dst_code.gl_acct is 'Default GL account string.';
comment on column ci_dst_code.gl_acct_alg_cd is 'Algorithm that builds the GL account at booking time.';
comment on column ci_dst_code.descr is 'Description.';

create table ci_adj (
    adj_id              char(12)        not null,
    sa_id               char(10)        not null,
    adj_type_cd         char(8)         not null,
    adj_status_flg      char(2)         not null,
    cre_dt              date            not null,
    adj_amt             number(15,2)    default 0 not null,
    currency_cd         char(3)         not null,
    base_amt            number(15,2),
    xfer_adj_id         char(12),
    can_rsn_cd          char(4),
    gen_ref_nbr         varchar2(30),
    adj_sts_chg_dttm    date,
    bus_obj_cd          char(30),
    version             number(5)       default 1 not null,
    constraint ci_adj_pk primary key (adj_id),
    constraint ci_adj_fk1 foreign key (sa_id) references ci_sa (sa_id)
);

comment on table ci_adj is 'Adjustment: a manual or generated debit/credit to a contract (write-off, late payment charge, interest, rebate, fee).';
comment on column ci_adj.adj_id is 'System-generated adjustment identifier.';
comment on column ci_adj.sa_id is 'Contract being adjusted.';
comment on column ci_adj.adj_type_cd is 'Adjustment type: decides GL distribution code and generation/freeze algorithms.';
comment on column ci_adj.adj_status_flg is 'Adjustment status: 15 incomplete, 20 freezable, 50 frozen, 60 cancelled.';
comment on column ci_adj.cre_dt is 'Date the adjustment was created.';
comment on column ci_adj.adj_amt is 'Adjustment amount (positive = debit to the customer).';
comment on column ci_adj.currency_cd is 'Currency of the amount.';
comment on column ci_adj.base_amt is 'Amount the adjustment was calculated from (e.g. overdue balance for interest).';
comment on column ci_adj.xfer_adj_id is 'Paired adjustment of a transfer between contracts.';

create table ci_adj_char (
    adj_id              char(12)        not null,
    char_type_cd        char(8)         not null,
    seq_num             number(3)       not null,
    char_val            char(16)        default ' ' not null,
    adhoc_char_val      varchar2(254),
    char_val_fk1        varchar2(50),
    srch_char_val       varchar2(50),
    version             number(5)       default 1 not null
);

alter table ci_adj_char add constraint ci_adj_char_pk primary key (adj_id, char_type_cd, seq_num);
alter table ci_adj_char add constraint ci_adj_char_fk1 foreign key (adj_id) references ci_adj (adj_id);

comment on table ci_adj_char is 'Adjustment characteristic: extra attributes of an adjustment (reason, source bill, external reference).';
comment on column ci_adj_char.adj_id is 'Adjustment.';
comment on column ci_adj_char.char_type_cd is 'Characteristic type.';
comment on column ci_adj_char.char_val is 'Predefined characteristic value.';
comment on column ci_adj_char.adhoc_char_val is 'Free-text (ad hoc) characteristic value.';

create table ci_cal_period (
    calendar_id         char(12)        not null,
    fiscal_year         char(4)         not null,
    accounting_period   char(3)         not null,
    begin_dt            date            not null,
    end_dt              date            not null,
    open_from_dt        date,
    open_to_dt          date,
    version             number(5)       default 1 not null,
    constraint ci_cal_period_pk primary key (calendar_id, fiscal_year, accounting_period)
);

comment on table ci_cal_period is 'Accounting calendar period: the fiscal year and period that a date falls into, used to pick the accounting period of FTs.';
comment on column ci_cal_period.calendar_id is 'Accounting calendar.';
comment on column ci_cal_period.fiscal_year is 'Fiscal year.';
comment on column ci_cal_period.accounting_period is 'Accounting period number within the year.';
comment on column ci_cal_period.begin_dt is 'First day of the period.';
comment on column ci_cal_period.end_dt is 'Last day of the period.';
comment on column ci_cal_period.open_from_dt is 'Date from which postings to the period are allowed.';
comment on column ci_cal_period.open_to_dt is 'Date after which the period is closed.';

alter table ci_ft add constraint ci_ft_fk2 foreign key (bill_id) references ci_bill (bill_id);
alter table ci_ft add constraint ci_ft_fk3 foreign key (match_evt_id) references ci_match_evt (match_evt_id);
alter table ci_ft_gl add constraint ci_ft_gl_fk2 foreign key (dst_id) references ci_dst_code (dst_id);
alter table ci_adj add constraint ci_adj_fk2 foreign key (adj_type_cd) references ci_adj_type (adj_type_cd);

create index xt055s1 on ci_ft (sa_id, freeze_sw);
create index xt055s2 on ci_ft (sibling_id);
create index xt055s3 on ci_ft (bill_id);
create index xt056s1 on ci_ft_gl (dst_id);
create index xt069s1 on ci_adj (sa_id, adj_status_flg);
