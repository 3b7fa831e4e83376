package org.rapaio.jupyter.kernel.channels;

/**
 * dyad's stand-in for rapaio-jupyter-kernel 3.0.1's loop thread, put before the kernel's jar by
 * `launch`: same constructor and methods, but the running flag is set before the thread starts, so
 * the loop cannot see it unset and end before it reads its first message; and an exception in one
 * turn of the loop is logged instead of ending the thread (the shell loop can take a message before
 * the kernel has registered its handlers; Jupyter asks again, so the next turn answers).
 */
public final class LoopThread extends Thread {
  private volatile boolean running;
  private final long sleep;
  private final Runnable loopBody;

  public LoopThread(String name, long sleep, Runnable loopBody) {
    super(name);
    this.sleep = sleep;
    this.loopBody = loopBody;
  }

  @Override
  public void run() {
    while (running) {
      try {
        loopBody.run();
      } catch (RuntimeException e) {
        System.err.println("[dyad kernel] " + getName() + ": " + e + " (the loop goes on)");
      }
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        running = false;
      }
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    super.start();
  }

  public void shutdown() {
    running = false;
  }
}
