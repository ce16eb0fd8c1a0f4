package dev.prepkit.ingest;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on worker threads and hands the results to the calling thread in the list's order, each as soon as it
 * and all before it are done. Workers claim the next item when they are free (files differ in size), and run at
 * most {@link #AHEAD} items per worker ahead of what the caller has taken, so that results wait in memory only for
 * a slow caller's pace. A failure of the function is thrown to the caller at its item's turn, as a loop would
 * throw it; the items after it are abandoned. One instance per call.
 *
 * @param <T> the items
 * @param <R> the results
 */
final class InOrderPool<T, R> {

    /** How many items per worker may be done ahead of the caller. */
    static final int AHEAD = 32;

    private final List<T> items;
    private final Function<T, R> function;
    private final int workers;
    private final Object[] done;
    private final AtomicInteger next = new AtomicInteger();
    private final Semaphore window;

    InOrderPool(List<T> items, Function<T, R> function, int threads) {
        this.items = List.copyOf(items);
        this.function = function;
        this.workers = Math.max(1, Math.min(threads, this.items.size()));
        this.done = new Object[this.items.size()];
        this.window = new Semaphore(AHEAD * workers);
    }

    /** What a worker made of one item: a result or the failure it threw. */
    private record Done(Object result, Throwable failure) {
    }

    /**
     * Runs the function over every item and gives each result to {@code sink}, in order, on the calling thread.
     *
     * @throws E what the sink throws; the work still running is then abandoned
     */
    <E extends Exception> void run(Ingestor.Sink<? super R, E> sink) throws E {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "prepkit-ingest");
            t.setDaemon(true);
            return t;
        });
        boolean interrupted = false;
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(this::work);
            }
            for (int i = 0; i < done.length; i++) {
                Done d;
                synchronized (done) {
                    while (done[i] == null) {
                        try {
                            done.wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    d = (Done) done[i];
                    done[i] = null;
                }
                window.release();
                if (d.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (d.failure() instanceof Error e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                R result = (R) d.result();
                sink.accept(result);
            }
        } finally {
            pool.shutdownNow();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void work() {
        while (true) {
            try {
                window.acquire();
            } catch (InterruptedException e) {
                return;
            }
            int i = next.getAndIncrement();
            if (i >= done.length || Thread.currentThread().isInterrupted()) {
                return;
            }
            Done d;
            try {
                d = new Done(function.apply(items.get(i)), null);
            } catch (RuntimeException | Error e) {
                d = new Done(null, e);
            }
            synchronized (done) {
                done[i] = d;
                done.notifyAll();
            }
        }
    }
}
