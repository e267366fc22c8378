package org.sitrep.runbooks.exec;

import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * ProxyJump: the connection to the target travels inside a {@code direct-tcpip} channel of an
 * already verified session to the jump host, so no local port is opened for anyone else to use.
 */
final class JumpProxy implements Proxy {

  private final Session jump;
  private ChannelDirectTCPIP channel;
  private InputStream in;
  private OutputStream out;

  JumpProxy(Session jump) {
    this.jump = jump;
  }

  @Override
  public void connect(SocketFactory factory, String host, int port, int timeout) throws Exception {
    channel = (ChannelDirectTCPIP) jump.openChannel("direct-tcpip");
    channel.setHost(host);
    channel.setPort(port);
    in = channel.getInputStream();
    out = channel.getOutputStream();
    channel.connect(timeout);
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public Socket getSocket() {
    return null;
  }

  @Override
  public void close() {
    if (channel != null) {
      channel.disconnect();
    }
    jump.disconnect();
  }
}
