package ormbexec;

/** Thrown by framework methods the executable stand-in does not emulate (names the method). */
public class NotExecutable extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    public NotExecutable(String what) {
        super("not executable: " + what);
    }
}
