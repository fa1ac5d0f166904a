package dev.shuttle.spring;

import dev.shuttle.runtime.config.Overrides;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the application is ready, warns about each override key that no Shuttle object has read:
 * a typo in its class, method, annotation or attribute, or an object the application has not
 * created yet (one made on first use, a prototype bean).
 */
final class UnreadOverridesWarning implements ApplicationListener<ApplicationReadyEvent> {
  private static final Log LOG = LogFactory.getLog("dev.shuttle.spring");

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    for (String key : Overrides.unread()) {
      LOG.warn("Shuttle override " + key + " is set, but no Shuttle object has read it since the application"
          + " started: is its class, method, annotation or attribute misspelt, or is the object made later?");
    }
  }
}
