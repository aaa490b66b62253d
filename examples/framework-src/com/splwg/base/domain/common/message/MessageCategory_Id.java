package com.splwg.base.domain.common.message;

import java.math.BigInteger;

import com.splwg.base.api.datatypes.Id;

/**
 * Key of a message category ({@code CI_MSG_CATEGORY}). Categories below 90000 belong to the
 * product; implementations register their own (for example 92000) for custom messages.
 */
public final class MessageCategory_Id extends Id {

    private static final long serialVersionUID = 1L;

    public MessageCategory_Id(BigInteger category) {
        super(category.toString());
    }

    public MessageCategory_Id(int category) {
        super(Integer.toString(category));
    }
}
