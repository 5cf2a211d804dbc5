package io.jvirt.installer.install.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The live progress table redraws one line per cluster in place. */
class ProgressTableTest {

  @Test
  void eachUpdateRedrawsEveryClusterLineOverThePreviousDrawing() {
    ProgressTable table = new ProgressTable(List.of("edge-1", "core"));

    String first = table.update("core", "applying kubevirt-operator (35 objects)");
    String second = table.update("edge-1", "done");

    assertThat(first)
        .isEqualTo(
            "\u001b[2K\redge-1  waiting\n"
                + "\u001b[2K\rcore    applying kubevirt-operator (35 objects)\n");
    assertThat(second).startsWith("\u001b[2A").contains("edge-1  done\n");
    assertThat(table.lines())
        .containsExactly("edge-1  done", "core    applying kubevirt-operator (35 objects)");
  }
}
