package org.rapaio.jupyter.kernel.channels;

/**
 * dyad's stand-in for rapaio-jupyter-kernel 3.0.1's loop thread, put before the kernel's jar by
 * `launch`: same constructor and methods, but the running flag is set before the thread starts, so
 * the loop cannot see it unset and end before it reads its first message.
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
      loopBody.run();
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
