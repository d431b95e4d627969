package dev.threadlings.learner;

import dev.threadlings.kit.learner.TaskStates;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's copy of the kit: its exercises, from their manifests, and where each task stood when its checks
 * last ran.
 *
 * @param root the handout's folder (the one with {@code mvnw} and {@code exercises/})
 * @param exercises the exercises' manifests, in order
 */
record Course(Path root, List<Manifest> exercises) {

    /** One task of one exercise. */
    record Spot(Manifest exercise, Manifest.Task task) {

        /** "01-downloads, task 2 (ThreadedDownloader)". */
        String name() {
            return exercise.id() + ", task " + task.number() + " (" + task.strategy() + ")";
        }
    }

    /**
     * Reads the course at a folder.
     *
     * @param root the handout's folder
     * @return the course
     * @throws IOException when the folder holds no exercises or a manifest is invalid
     */
    static Course at(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        List<Manifest> manifests = Manifest.allIn(absolute);
        if (manifests.isEmpty() || !Files.isRegularFile(absolute.resolve("mvnw"))) {
            throw new IOException(absolute + " is not a Threadlings kit: it has no mvnw or no exercises/*/"
                    + Manifest.FILE_NAME + ". Run ./threadlings from the kit's folder.");
        }
        return new Course(absolute, manifests);
    }

    /** An exercise's module folder, {@code exercises/NN-slug}. */
    Path module(Manifest exercise) {
        return root.resolve("exercises").resolve(exercise.id());
    }

    /** The exercise's folder as the learner types it, from the kit's folder. */
    static String folder(Manifest exercise) {
        return "exercises/" + exercise.id();
    }

    /** Where each task of an exercise stood when its checks last ran; a task never run is absent. */
    Map<Integer, TaskStates.State> states(Manifest exercise) {
        return TaskStates.read(module(exercise));
    }

    /** Whether a task's last run was done. */
    boolean done(Spot spot) {
        TaskStates.State state = states(spot.exercise()).get(spot.task().number());
        return state != null && state.kind() == TaskStates.Kind.DONE;
    }

    /**
     * The task to work on: the first of every exercise, in order, whose checks did not all pass when they last
     * ran (or never ran).
     *
     * @return the task; empty when every task is done
     */
    Optional<Spot> current() {
        for (Manifest exercise : exercises) {
            Map<Integer, TaskStates.State> states = states(exercise);
            for (Manifest.Task task : exercise.tasks()) {
                TaskStates.State state = states.get(task.number());
                if (state == null || state.kind() != TaskStates.Kind.DONE) {
                    return Optional.of(new Spot(exercise, task));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A task by the learner's words: an exercise id (or its number, "01" or "1") and a task number (or its strategy
     * class's name); either may be left out for the current task's.
     *
     * @param exerciseWord the exercise, or {@code null}
     * @param taskWord the task, or {@code null}
     * @return the task
     * @throws IllegalArgumentException when no exercise or task matches; the message lists what exists
     */
    Spot find(String exerciseWord, String taskWord) {
        Optional<Spot> current = current();
        Manifest exercise;
        if (exerciseWord == null) {
            exercise = current.map(Spot::exercise).orElse(exercises.getLast());
        } else {
            exercise = exercises.stream().filter(e -> e.id().equals(exerciseWord) || e.id().startsWith(exerciseWord
                    + "-") || String.valueOf(e.number()).equals(exerciseWord)).findFirst().orElseThrow(() ->
                            new IllegalArgumentException("no exercise '" + exerciseWord + "'; the exercises: "
                                    + String.join(", ", exercises.stream().map(Manifest::id).toList())));
        }
        if (taskWord == null) {
            if (current.isPresent() && current.get().exercise().equals(exercise)) {
                return current.get();
            }
            Map<Integer, TaskStates.State> states = states(exercise);
            Manifest.Task first = exercise.tasks().stream().filter(t -> states.get(t.number()) == null
                    || states.get(t.number()).kind() != TaskStates.Kind.DONE).findFirst()
                    .orElse(exercise.tasks().getFirst());
            return new Spot(exercise, first);
        }
        Manifest finalExercise = exercise;
        return exercise.tasks().stream().filter(t -> String.valueOf(t.number()).equals(taskWord)
                || t.classes().stream().anyMatch(c -> c.name().equals(taskWord))).findFirst()
                .map(t -> new Spot(finalExercise, t)).orElseThrow(() -> new IllegalArgumentException(
                        "exercise " + finalExercise.id() + " has no task '" + taskWord + "'; its tasks: "
                                + String.join(", ", finalExercise.tasks().stream().map(t -> t.number() + " ("
                                        + t.strategy() + ")").toList())));
    }
}
