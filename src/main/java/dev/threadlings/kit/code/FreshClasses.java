package dev.threadlings.kit.code;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;

/**
 * A learner's strategy made from its classes loaded anew, in a class loader of their own: its static fields
 * and static initialisers start from nothing, as in a JVM where it was never used.
 *
 * <p>The hygiene tests use it: a client or a pool that a strategy keeps in a static field, made on its first
 * call and never closed, is already alive when a test that ran the class before takes its "before" snapshot,
 * so only a fresh copy of the class shows what one call leaves behind.
 */
public final class FreshClasses {

    private FreshClasses() {
    }

    /**
     * Makes a learner class anew, with every learner class it uses.
     *
     * @param type the kit interface it implements
     * @param learnerClass the learner's class as the class path gives it
     * @param args the constructor's arguments (made by the caller, so from the class path's classes)
     * @param <T> the interface
     * @return a new instance of a fresh copy of the class
     */
    public static <T> T create(Class<T> type, Class<?> learnerClass, Object... args) {
        URL location = learnerClass.getProtectionDomain().getCodeSource().getLocation();
        ChildFirstLoader loader = new ChildFirstLoader("threadlings-fresh-learner-classes", location,
                learnerClass.getClassLoader(), false);
        try {
            return loader.create(type, learnerClass.getName(), args);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("could not load " + learnerClass.getName() + " anew from " + location, e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime; // a stub's TODO stays "not attempted"
            }
            throw new IllegalStateException(learnerClass.getSimpleName() + "'s constructor failed: " + e.getCause(),
                    e.getCause());
        }
    }
}
