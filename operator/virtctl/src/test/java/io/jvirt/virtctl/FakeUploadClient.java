package io.jvirt.virtctl;

import io.jvirt.virtctl.client.UploadClient;
import io.jvirt.virtctl.client.UploadClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongConsumer;

/** An {@link UploadClient.Factory} recording each POST and answering from a script. */
public final class FakeUploadClient implements UploadClient.Factory {
  /** One recorded POST. */
  public record Post(URI url, String token, byte[] body, boolean insecure) {}

  public final List<Post> posts = new ArrayList<>();
  private final Deque<Response> answers = new ArrayDeque<>();

  /** Runs after each POST, as the upload proxy finishing a transfer would affect the cluster. */
  public Runnable afterPost = () -> {};

  /** Queues an answer; when none is queued a POST gets 200. */
  public FakeUploadClient answer(int status, String body) {
    answers.add(new Response(status, body));
    return this;
  }

  @Override
  public UploadClient open(boolean insecure) {
    return (URI url, String token, Path file, LongConsumer sent) -> {
      byte[] body;
      try {
        body = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sent.accept(body.length);
      posts.add(new Post(url, token, body, insecure));
      afterPost.run();
      Response answer = answers.poll();
      return answer == null ? new Response(200, "") : answer;
    };
  }
}
