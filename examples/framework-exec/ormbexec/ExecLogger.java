package ormbexec;

import com.splwg.shared.logging.Logger;

/** Logger that records info and above for the scenario result (debug is dropped). */
public final class ExecLogger implements Logger {

    private final String name;

    public ExecLogger(Class<?> owner) {
        this.name = owner == null ? "?" : owner.getSimpleName();
    }

    private void add(String level, Object message, Throwable t) {
        Rt.log(level + " " + name + ": " + message + (t == null ? "" : " (" + t + ")"));
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void debug(Object message) {
    }

    @Override
    public void debug(Object message, Throwable throwable) {
    }

    @Override
    public void info(Object message) {
        add("INFO", message, null);
    }

    @Override
    public void info(Object message, Throwable throwable) {
        add("INFO", message, throwable);
    }

    @Override
    public void warn(Object message) {
        add("WARN", message, null);
    }

    @Override
    public void warn(Object message, Throwable throwable) {
        add("WARN", message, throwable);
    }

    @Override
    public void error(Object message) {
        add("ERROR", message, null);
    }

    @Override
    public void error(Object message, Throwable throwable) {
        add("ERROR", message, throwable);
    }
}
