package io.jvirt.cdi.apiserver.decide;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import java.util.Optional;

/** Whether an UploadTokenRequest can be answered; a 422 Status naming the field when not. */
public final class TokenRequestRules {
  /** The field every request must fill. */
  public static final String PVC_NAME = "spec.pvcName";

  private TokenRequestRules() {}

  /** The rejection of {@code request}; empty when it is valid. */
  public static Optional<Status> validate(UploadTokenRequest request) {
    String pvc =
        request == null || request.getSpec() == null ? null : request.getSpec().getPvcName();
    if (pvc != null && !pvc.isBlank()) {
      return Optional.empty();
    }
    String name =
        request == null || request.getMetadata() == null || request.getMetadata().getName() == null
            ? ""
            : request.getMetadata().getName();
    return Optional.of(
        new StatusBuilder()
            .withStatus("Failure")
            .withCode(422)
            .withReason("Invalid")
            .withMessage(
                UploadTokenRequest.KIND
                    + "."
                    + UploadTokenRequest.GROUP
                    + " \""
                    + name
                    + "\" is invalid: "
                    + PVC_NAME
                    + ": Required value")
            .withNewDetails()
            .withName(name)
            .withGroup(UploadTokenRequest.GROUP)
            .withKind(UploadTokenRequest.KIND)
            .addNewCause()
            .withField(PVC_NAME)
            .withReason("FieldValueRequired")
            .withMessage("Required value")
            .endCause()
            .endDetails()
            .build());
  }
}
