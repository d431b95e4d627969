package dev.threadlings.kit.code;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the classes found at its location itself, and everything else (the kit, the JDK) from its parent:
 * so a class can be loaded a second time, beside the one the class path gives, with static state of its own.
 */
public final class ChildFirstLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final boolean reference;

    /**
     * Makes a loader.
     *
     * @param name the loader's name, shown in stack traces
     * @param location a folder or jar of classes
     * @param parent where every other class comes from
     * @param reference whether it loads the kit's reference strategies (which learner code may not call)
     */
    public ChildFirstLoader(String name, URL location, ClassLoader parent, boolean reference) {
        super(name, new URL[] {location}, parent);
        this.reference = reference;
    }

    /**
     * Tells whether a class was loaded by a loader of the kit's reference strategies.
     *
     * @param type a class
     * @return {@code true} for a reference class
     */
    public static boolean isReference(Class<?> type) {
        return type.getClassLoader() instanceof ChildFirstLoader loader && loader.reference;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> found = findLoadedClass(name);
            if (found == null && findResource(name.replace('.', '/') + ".class") != null) {
                found = findClass(name);
            }
            if (found == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(found);
            }
            return found;
        }
    }

    /**
     * Makes an instance of one of its classes.
     *
     * @param type the kit interface it implements
     * @param name the class's binary name
     * @param args the constructor's arguments; {@code Integer} arguments match {@code int} parameters
     * @param <T> the interface
     * @return a new instance, as the interface
     * @throws ClassNotFoundException when the class is not at the location
     * @throws InvocationTargetException when the constructor throws
     */
    public <T> T create(Class<T> type, String name, Object... args) throws ClassNotFoundException,
            InvocationTargetException {
        Class<?> found = Class.forName(name, true, this);
        if (found.getClassLoader() != this) {
            throw new IllegalStateException(name + " did not come from " + getURLs()[0]);
        }
        for (Constructor<?> constructor : found.getConstructors()) {
            if (accepts(constructor.getParameterTypes(), args)) {
                try {
                    return type.cast(constructor.newInstance(args));
                } catch (InstantiationException | IllegalAccessException e) {
                    throw new IllegalStateException("could not make " + name, e);
                }
            }
        }
        throw new IllegalStateException(name + " has no public constructor for " + args.length + " argument(s)");
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> p = parameters[i] == int.class ? Integer.class : parameters[i];
            if (args[i] != null && !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
