package dev.shuttle.runtime.internal;

import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.Snapshot;
import java.util.function.Function;

/**
 * How one kind of object appears in the registry: its kind, its name, its declaration (a
 * {@link Declarations} path giving its user class and method, when the object knows it) and its
 * snapshot.
 */
record Describer<T>(ShuttleObject.Kind kind, Function<? super T, String> name,
    Function<? super T, String> declaration, Function<? super T, ? extends Snapshot> snapshot) {}
