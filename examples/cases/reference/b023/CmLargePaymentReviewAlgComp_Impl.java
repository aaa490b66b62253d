package com.splwg.cm.domain.payment.algorithm;

import java.math.BigDecimal;

import com.splwg.base.api.businessService.BusinessServiceDispatcher;
import com.splwg.base.api.businessService.BusinessServiceInstance;
import com.splwg.ccb.domain.admin.customerClass.CustomerClassPayFreezeAlgorithmSpot;
import com.splwg.ccb.domain.payment.payment.Payment;
import com.splwg.cm.domain.common.messageRepository.CmMessageRepository;
import com.splwg.shared.common.ServerMessage;
import com.splwg.shared.logging.Logger;
import com.splwg.shared.logging.LoggerFactory;

/**
 * Sends unusually large payments to the cash team for a second look: once a payment is frozen,
 * a To Do entry is raised when its amount is bigger than the review threshold.
 *
 * Plugged on the Customer Class, Payment Freeze event.
 *
 * @author ORMB implementation team
 *
@AlgorithmComponent (softParameters = { @AlgorithmSoftParameter (name = reviewThresholdAmount, required = true, type = decimal)
 *            , @AlgorithmSoftParameter (entityName = toDoType, name = paymentReviewToDoType, required = true, type = entity)})
 */
public class CmLargePaymentReviewAlgComp_Impl extends CmLargePaymentReviewAlgComp_Gen
        implements CustomerClassPayFreezeAlgorithmSpot {

    private static final Logger logger = LoggerFactory.getLogger(CmLargePaymentReviewAlgComp_Impl.class);

    private Payment payment;

    @Override
    public void invoke() {
        BigDecimal amount = payment.getPaymentAmount().getAmount();
        if (amount.compareTo(getReviewThresholdAmount()) <= 0) {
            return;
        }
        String accountId = payment.getAccount().getId().getIdValue();
        ServerMessage message = CmMessageRepository.overpaymentReview(accountId.trim(), amount, payment.getId().getTrimmedValue());
        BusinessServiceInstance toDo = BusinessServiceInstance.create("F1-AddToDoEntry");
        toDo.set("toDoType", getPaymentReviewToDoType().getId().getTrimmedValue());
        toDo.set("drillKey1", payment.getId().getIdValue());
        toDo.set("sortKey1", accountId);
        toDo.set("messageCategory", message.getCategory());
        toDo.set("messageNumber", message.getNumber());
        toDo.set("comments", "Payment of " + amount + " exceeds the review threshold of " + getReviewThresholdAmount());
        BusinessServiceDispatcher.execute(toDo);
        logger.info("Review To Do raised for payment " + payment.getId().getTrimmedValue() + " (" + amount + ")");
    }

    @Override
    public void setPayment(Payment payment) {
        this.payment = payment;
    }
}
