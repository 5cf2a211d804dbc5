package io.jvirt.daemon.handlerapi;

/** virt-handler's answer to a call: its HTTP status and the message of its body. */
public record HandlerReply(int status, String message) {

  /** True for a 2xx status: the handler did what was asked. */
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
