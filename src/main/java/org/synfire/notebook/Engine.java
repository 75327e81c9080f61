package org.synfire.notebook;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A kernel's language engine (JShell, a Groovy shell), made once on the warm-up thread while the
 * sockets bind; requests wait for it, and learn why if it could not be made.
 */
final class Engine<T> {
    private final String name;
    private final CompletableFuture<T> ready = new CompletableFuture<>();

    Engine(String name) {
        this.name = name;
    }

    void start(Supplier<T> make) {
        try {
            ready.complete(make.get());
        } catch (RuntimeException | Error e) {
            ready.completeExceptionally(e);
        }
    }

    T get() {
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " failed to start: " + e.getCause(), e.getCause());
        }
    }

    /** Runs {@code action} on the engine if it was made, e.g. to close it. */
    void ifStarted(Consumer<T> action) {
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            action.accept(ready.join());
        }
    }
}
