package io.jvirt.apiserver.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.apiserver.admission.decide.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An object the typed model cannot read (an unknown enum value, a word where a number goes) is
 * refused naming the field and the supported values; the whole call used to fail, which the API
 * server reports as an HTTP 500 "failed calling webhook".
 */
class AdmissionDecodingTest {
  private static final Map<String, Webhook> HOOKS = TestWebhooks.ALL;

  @Test
  void anUnknownDiskBusNamesTheFieldAndTheSupportedBuses() {
    String vmi =
        "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachineInstance\","
            + "\"metadata\":{\"name\":\"x\"},\"spec\":{\"domain\":{\"devices\":{\"disks\":"
            + "[{\"name\":\"d\",\"disk\":{\"bus\":\"virtio2\"}}]}}}}";

    assertThat(errors(Webhooks.VMI_MUTATE, vmi))
        .containsExactly(
            new FieldError(
                "spec.domain.devices.disks[0].disk.bus",
                "spec.domain.devices.disks[0].disk.bus: Unsupported value: \"virtio2\": supported"
                    + " values: \"virtio\", \"sata\", \"scsi\", \"usb\""));
  }

  @Test
  void anUnknownRunStrategyNamesTheField() {
    String vm =
        "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\",\"metadata\":"
            + "{\"name\":\"x\"},\"spec\":{\"runStrategy\":\"Sometimes\",\"template\":{}}}";

    assertThat(errors(Webhooks.VM_MUTATE, vm))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("spec.runStrategy");
              assertThat(e.message()).contains("Unsupported value: \"Sometimes\"", "\"Always\"");
            });
  }

  @Test
  void aWordWhereANumberGoesNamesTheField() {
    String vmi =
        "{\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachineInstance\","
            + "\"metadata\":{\"name\":\"x\"},\"spec\":{\"domain\":{\"cpu\":{\"cores\":\"seven\"}}}}";

    assertThat(errors(Webhooks.VMI_MUTATE, vmi))
        .extracting(FieldError::field)
        .containsExactly("spec.domain.cpu.cores");
  }

  private static List<FieldError> errors(String path, String object) {
    String review =
        "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":"
            + "{\"uid\":\"u\",\"operation\":\"CREATE\",\"namespace\":\"ns\",\"userInfo\":"
            + "{\"username\":\"alice\"},\"object\":"
            + object
            + "}}";
    return AdmissionHandler.decide(HOOKS.get(path), AdmissionHandler.read(review).getRequest())
        .verdict()
        .errors();
  }
}
