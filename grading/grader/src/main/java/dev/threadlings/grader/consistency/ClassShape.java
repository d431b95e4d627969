package dev.threadlings.grader.consistency;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a learner's class shows the tests: its kind, supertypes and every public or protected constructor,
 * method and field, each as one line of Java. A stub and its solution must have the same shape, or a learner
 * who fills in the stub writes against another class than the one the tests were made for.
 *
 * @param name the class's name
 * @param members the lines, sorted
 */
record ClassShape(String name, Set<String> members) {

    /**
     * The shape of a loaded class.
     *
     * @param type the class
     * @return its shape
     */
    static ClassShape of(Class<?> type) {
        Set<String> members = new TreeSet<>();
        int visible = Modifier.PUBLIC | Modifier.PROTECTED;
        members.add(Modifier.toString(type.getModifiers() & (visible | Modifier.ABSTRACT | Modifier.FINAL))
                + (type.isInterface() ? " interface " : " class ") + type.getSimpleName()
                + (type.getGenericSuperclass() == null || type.getSuperclass() == Object.class ? ""
                        : " extends " + type.getGenericSuperclass().getTypeName())
                + (type.getGenericInterfaces().length == 0 ? "" : " implements " + names(type.getGenericInterfaces())));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if ((constructor.getModifiers() & visible) != 0) {
                members.add(modifiers(constructor) + type.getSimpleName() + parameters(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if ((method.getModifiers() & visible) != 0 && !method.isSynthetic() && !method.isBridge()) {
                members.add(modifiers(method) + method.getGenericReturnType().getTypeName() + " " + method.getName()
                        + parameters(method));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if ((field.getModifiers() & visible) != 0 && !field.isSynthetic()) {
                members.add(Modifier.toString(field.getModifiers() & (visible | Modifier.STATIC | Modifier.FINAL))
                        + " " + field.getGenericType().getTypeName() + " " + field.getName());
            }
        }
        return new ClassShape(type.getName(), members);
    }

    /**
     * The parameter lists of the public constructors, as a manifest writes them.
     *
     * @param type the class
     * @return for example {@code ["()", "(java.time.Duration)"]}
     */
    static List<String> publicConstructors(Class<?> type) {
        return Arrays.stream(type.getConstructors()).map(c -> "(" + Arrays.stream(c.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(", ")) + ")").sorted().toList();
    }

    /**
     * How this shape differs from another.
     *
     * @param stub the stub's shape (this is the solution's)
     * @return one line per member that only one of them has, empty when they match
     */
    List<String> differencesFrom(ClassShape stub) {
        Set<String> onlySolution = new TreeSet<>(members);
        onlySolution.removeAll(stub.members);
        Set<String> onlyStub = new TreeSet<>(stub.members);
        onlyStub.removeAll(members);
        return java.util.stream.Stream.concat(
                onlyStub.stream().map(m -> "only the stub has `" + m + "`"),
                onlySolution.stream().map(m -> "only the solution has `" + m + "`")).toList();
    }

    private static String modifiers(Executable executable) {
        String modifiers = Modifier.toString(executable.getModifiers()
                & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC));
        return modifiers.isEmpty() ? "" : modifiers + " ";
    }

    private static String parameters(Executable executable) {
        return "(" + names(executable.getGenericParameterTypes()) + ")";
    }

    private static String names(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
    }
}
