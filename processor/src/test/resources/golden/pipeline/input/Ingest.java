package golden;

import dev.shuttle.OnError;
import dev.shuttle.Pipeline;
import dev.shuttle.Stage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

@Pipeline(bound = 100)
public class Ingest {
  @Stage
  Page fetch(String url) throws IOException {
    return new Page(url, "<p>" + url + "</p>");
  }

  @Stage(workers = 4)
  Optional<Doc> parse(Page page) {
    return page.html().isEmpty() ? Optional.empty() : Optional.of(new Doc(page.url(), page.html()));
  }

  @Stage(workers = 2, bound = 10, expand = true)
  List<String> words(Doc doc) {
    return List.of(doc.text().split(" "));
  }

  @Stage(virtual = true)
  void store(String word) {}

  @OnError
  void failed(Object item, Throwable error, String stage) {}

  public record Page(String url, String html) {}

  public record Doc(String url, String text) {}
}
