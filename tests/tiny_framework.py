"""A tiny, differently named framework compiled into a real jar with javac, for generation tests.

Nothing in it is named like the OUAF stub (``org.tiny`` packages, ``ToolkitAlgorithmComponent``
base, ``Stmt``/``Row`` SQL API, ``Log``/``LogFactory``), so tests prove that generation reads the
framework from the jar instead of knowing it.  A decoy abstract class declares fewer helpers.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

SOURCES: dict[str, str] = {
    "org/tiny/api/Identifier.java": "package org.tiny.api; public class Identifier { public String value() { return null; } }",
    "org/tiny/api/Entity.java": "package org.tiny.api; public interface Entity { Identifier getId(); }",
    "org/tiny/api/Flag.java": (
        "package org.tiny.api; public final class Flag { public static final Flag TRUE = new Flag();"
        " public static final Flag FALSE = new Flag(); }"
    ),
    "org/tiny/api/Day.java": "package org.tiny.api; public class Day { }",
    "org/tiny/api/Moment.java": "package org.tiny.api; public class Moment { public Day getDate() { return null; } }",
    "org/tiny/api/Notice.java": "package org.tiny.api; public class Notice { }",
    "org/tiny/api/Notices.java": (
        "package org.tiny.api; public final class Notices {"
        " public static Notice valueRejected(String fieldName, String value) { return null; }"
        " public static Notice fieldMissing(String fieldName) { return null; } }"
    ),
    "org/tiny/sql/Row.java": (
        "package org.tiny.sql; import java.math.*; import org.tiny.api.*; public interface Row {"
        " String getString(String column); BigDecimal getBigDecimal(String column); BigInteger getInteger(String column);"
        " Day getDate(String column); }"
    ),
    "org/tiny/sql/Stmt.java": (
        "package org.tiny.sql; import java.math.*; import java.util.List; import org.tiny.api.*;"
        " public interface Stmt { void bindId(String name, Identifier id); void bindString(String name, String value, String field);"
        " void bindBigDecimal(String name, BigDecimal value); void bindBigInteger(String name, BigInteger value);"
        " void bindDate(String name, Day value); void bindEntity(String name, Entity value); List<Row> list(); void close(); }"
    ),
    "org/tiny/log/Log.java": "package org.tiny.log; public interface Log { void info(Object m); void debug(Object m); }",
    "org/tiny/log/LogFactory.java": (
        "package org.tiny.log; public final class LogFactory { public static Log getLogger(Class<?> c) { return null; } }"
    ),
    "org/tiny/base/ToolkitComponent.java": (
        "package org.tiny.base; import org.tiny.api.*; import org.tiny.sql.*; public abstract class ToolkitComponent {"
        " protected Stmt createPreparedStatement(String sql, String description) { return null; }"
        " protected void addError(Notice notice) { } protected boolean isNull(Object o) { return o == null; }"
        " protected boolean notNull(Object o) { return o != null; } protected Moment getProcessDateTime() { return null; } }"
    ),
    "org/tiny/base/ToolkitAlgorithmComponent.java": (
        "package org.tiny.base; public abstract class ToolkitAlgorithmComponent extends ToolkitComponent {"
        " protected void extraSoftParameterValidations(boolean forValidation) { } }"
    ),
    "org/tiny/base/DecoyAlgorithmHelper.java": (
        "package org.tiny.base; public abstract class DecoyAlgorithmHelper { protected void addError(Object o) { } }"
    ),
    "org/tiny/batch/JobParams.java": (
        "package org.tiny.batch; import org.tiny.api.Day; public class JobParams { public Day getProcessDate() { return null; } }"
    ),
    "org/tiny/batch/ToolkitBatchJob.java": (
        "package org.tiny.batch; public abstract class ToolkitBatchJob extends org.tiny.base.ToolkitComponent {"
        " public abstract String getJobWork(); public JobParams getParameters() { return null; } }"
    ),
    "org/tiny/batch/ToolkitThreadWorker.java": (
        "package org.tiny.batch; public abstract class ToolkitThreadWorker extends org.tiny.base.ToolkitComponent {"
        " public boolean executeWorkUnit(String unit) { return true; } public JobParams getParameters() { return null; }"
        " protected void saveChanges() { } }"
    ),
    "org/tiny/domain/Invoice.java": "package org.tiny.domain; public interface Invoice extends org.tiny.api.Entity { }",
    "org/tiny/domain/Customer.java": "package org.tiny.domain; public interface Customer extends org.tiny.api.Entity { }",
    "org/tiny/domain/CharacteristicType.java": (
        "package org.tiny.domain; public interface CharacteristicType extends org.tiny.api.Entity { }"
    ),
    "org/tiny/spot/AlgorithmSpot.java": "package org.tiny.spot; public interface AlgorithmSpot { void invoke(); }",
    "org/tiny/spot/InvoiceApprovalAlgorithmSpot.java": (
        "package org.tiny.spot; import org.tiny.domain.*; import org.tiny.api.*; import java.util.List;"
        " public interface InvoiceApprovalAlgorithmSpot extends AlgorithmSpot { void setInvoice(Invoice invoice);"
        " void setCustomers(List<Customer> customers); Flag getApproved(); boolean isSkipped(); Notice getNotice(); }"
    ),
}


def build_tiny_jar(folder: Path, single_row: bool = False) -> Path:
    """Compile the sources above into ``folder/lib/tiny-framework.jar`` (real javac + jar).

    ``single_row`` gives the statement only ``firstRow()`` (no ``list()``), like a leaner framework.
    """
    src = folder / "tiny-src"
    classes = folder / "tiny-classes"
    sources = dict(SOURCES)
    if single_row:
        sources["org/tiny/sql/Stmt.java"] = sources["org/tiny/sql/Stmt.java"].replace(
            "List<Row> list();", "Row firstRow();"
        )
    for rel, text in sources.items():
        path = src / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    classes.mkdir(parents=True, exist_ok=True)
    files = [str(src / rel) for rel in sources]
    subprocess.run(
        ["javac", "-nowarn", "-parameters", "-d", str(classes), *files], check=True, capture_output=True
    )
    jar = folder / "lib" / "tiny-framework.jar"
    jar.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["jar", "cf", str(jar), "-C", str(classes), "."], check=True, capture_output=True)
    return jar


TINY_DDL = """
CREATE TABLE TN_INVOICE (
    INVOICE_ID   CHAR(12) NOT NULL,
    CUSTOMER_ID  CHAR(10) NOT NULL,
    INVOICE_DT   DATE NOT NULL,
    DUE_DT       DATE,
    STATUS_FLG   CHAR(2),
    CONSTRAINT TN_INVOICE_PK PRIMARY KEY (INVOICE_ID)
);
COMMENT ON TABLE TN_INVOICE IS 'Invoice issued to a customer.';
CREATE TABLE TN_INVOICE_LINE (
    INVOICE_ID   CHAR(12) NOT NULL,
    LINE_NBR     NUMBER(5) NOT NULL,
    LINE_AMT     NUMBER(15,2) NOT NULL,
    CHAR_TYPE_CD CHAR(8),
    CONSTRAINT TN_INVOICE_LINE_PK PRIMARY KEY (INVOICE_ID, LINE_NBR),
    CONSTRAINT TN_INVOICE_LINE_FK FOREIGN KEY (INVOICE_ID) REFERENCES TN_INVOICE (INVOICE_ID)
);
COMMENT ON TABLE TN_INVOICE_LINE IS 'Invoice line amounts (invoice line items).';
"""
