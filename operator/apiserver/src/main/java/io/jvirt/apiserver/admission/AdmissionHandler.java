package io.jvirt.apiserver.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponseBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.jvirt.apiserver.admission.decide.FieldError;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.apiserver.http.Exchanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * The admission webhooks' HTTP side: reads an {@code AdmissionReview}, asks the webhook registered
 * for the path, and answers allowed, refused (422 naming each field and rule) or patched.
 */
public final class AdmissionHandler {
  private static final int MAX_CAUSES = 10;

  private final Map<String, Webhook> webhooks;

  /** Serves {@code webhooks} by path. */
  public AdmissionHandler(Map<String, Webhook> webhooks) {
    this.webhooks = Map.copyOf(webhooks);
  }

  /** True when {@code path} is a webhook path served here. */
  public boolean serves(String path) {
    return webhooks.containsKey(path);
  }

  /** Answers one webhook call. */
  public void handle(Request request, Response response) throws IOException {
    Webhook webhook = webhooks.get(Exchanges.path(request));
    AdmissionReview review;
    try {
      review = read(Exchanges.body(request));
    } catch (Exchanges.BodyTooLarge e) {
      e.answer(response);
      return;
    } catch (RuntimeException e) {
      Exchanges.error(response, 400, "BadRequest", "not an AdmissionReview: " + e.getMessage());
      return;
    }
    AdmissionRequest admission = review.getRequest();
    AdmissionResponse decided = response(admission.getUid(), decide(webhook, admission));
    Exchanges.json(
        response,
        200,
        new AdmissionReviewBuilder()
            .withApiVersion("admission.k8s.io/v1")
            .withKind("AdmissionReview")
            .withResponse(decided)
            .build());
  }

  /** What {@code webhook} answers to {@code admission}, objects it cannot read refused. */
  static Webhook.Answer decide(Webhook webhook, AdmissionRequest admission) {
    try {
      return webhook.review(admission);
    } catch (AdmissionRefusal e) {
      return Webhook.Answer.of(e.verdict());
    } catch (IllegalArgumentException e) {
      return Webhook.Answer.of(new Verdict(List.of(new FieldError("", e.getMessage())), List.of()));
    }
  }

  /**
   * The review with its objects left generic: reading them straight into the typed model would fail
   * the whole call (a 500 at the API server) for one unknown enum value; the webhooks read them and
   * refuse naming the field instead.
   */
  static AdmissionReview read(String body) {
    JsonNode tree = Exchanges.JSON.unmarshal(body, JsonNode.class);
    JsonNode object = null;
    JsonNode oldObject = null;
    if (tree.get("request") instanceof ObjectNode admission) {
      object = admission.remove("object");
      oldObject = admission.remove("oldObject");
    }
    AdmissionReview review = Exchanges.JSON.convertValue(tree, AdmissionReview.class);
    if (review.getRequest() == null) {
      throw new IllegalArgumentException("no request");
    }
    review.getRequest().setObject(generic(object));
    review.getRequest().setOldObject(generic(oldObject));
    return review;
  }

  private static GenericKubernetesResource generic(JsonNode object) {
    return object == null || object.isNull()
        ? null
        : Exchanges.JSON.convertValue(object, GenericKubernetesResource.class);
  }

  private static AdmissionResponse response(String uid, Webhook.Answer answer) {
    Verdict verdict = answer.verdict();
    AdmissionResponseBuilder builder =
        new AdmissionResponseBuilder().withUid(uid).withAllowed(verdict.isAllowed());
    if (!verdict.warnings().isEmpty()) {
      builder.withWarnings(verdict.warnings());
    }
    if (!verdict.isAllowed()) {
      List<FieldError> errors = verdict.errors();
      List<StatusCause> causes =
          errors.stream()
              .limit(MAX_CAUSES)
              .map(
                  e ->
                      new StatusCauseBuilder()
                          .withReason("FieldValueInvalid")
                          .withField(e.field())
                          .withMessage(e.message())
                          .build())
              .toList();
      String message =
          String.join(", ", errors.stream().limit(MAX_CAUSES).map(AdmissionHandler::text).toList());
      if (errors.size() > MAX_CAUSES) {
        message += ", and " + (errors.size() - MAX_CAUSES) + " more validation errors";
      }
      builder.withStatus(
          new StatusBuilder()
              .withStatus("Failure")
              .withCode(422)
              .withReason("Invalid")
              .withMessage(message)
              .withNewDetails()
              .withCauses(causes)
              .endDetails()
              .build());
      return builder.build();
    }
    if (answer.patch() != null && !answer.patch().isEmpty()) {
      builder
          .withPatchType("JSONPatch")
          .withPatch(
              Base64.getEncoder()
                  .encodeToString(
                      Exchanges.JSON.asJson(answer.patch()).getBytes(StandardCharsets.UTF_8)));
    }
    return builder.build();
  }

  /** The rule, prefixed with its field unless upstream's wording already names it. */
  private static String text(FieldError error) {
    if (error.field() == null
        || error.field().isEmpty()
        || error.message().contains(error.field())) {
      return error.message();
    }
    return error.field() + ": " + error.message();
  }
}
