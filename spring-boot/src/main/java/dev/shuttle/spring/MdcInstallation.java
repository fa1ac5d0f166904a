package dev.shuttle.spring;

import dev.shuttle.mdc.MdcContext;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code shuttle.context.mdc=true}: installs shuttle-mdc's {@link MdcContext} while the context
 * lives, so that work handed to other threads carries its caller's MDC. An installation the
 * application made itself is left as it is.
 */
final class MdcInstallation implements DisposableBean {
  static final String MDC_CONTEXT = "dev.shuttle.mdc.MdcContext";

  private final boolean installedHere;

  MdcInstallation() {
    installedHere = MdcContext.install();
  }

  @Override
  public void destroy() {
    if (installedHere) {
      MdcContext.uninstall();
    }
  }
}
