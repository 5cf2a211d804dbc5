package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.jvirt.apiserver.admission.decide.Verdict;
import java.util.List;
import java.util.Map;

/**
 * One admission webhook: reviews a request and answers with a verdict and, if mutating, a patch.
 */
@FunctionalInterface
public interface Webhook {
  /** The answer to {@code request}. */
  Answer review(AdmissionRequest request);

  /** A verdict and the JSON patch (list of RFC 6902 operations) to apply when allowed. */
  record Answer(Verdict verdict, List<Map<String, Object>> patch) {

    /** A verdict without a patch. */
    public static Answer of(Verdict verdict) {
      return new Answer(verdict, List.of());
    }
  }
}
