package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.testing.Commands;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code virtctl console} on a real guest, through the API server, virt-api, virt-handler and the
 * launcher's serial socket: logging in and running a command, a second session ending the first,
 * refusals, and the session ending when the VMI stops; the VNC stream through {@code virtctl vnc
 * --proxy-only} reaching QEMU's VNC server, and {@code virtctl vnc screenshot} writing a PNG.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleE2E {
  private static final Duration PROMPT = Duration.ofSeconds(60);
  private static final String ESCAPE = "\u001d";
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void bootGuest() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("console");
    Guests.create(
        jvirt,
        namespace,
        Guests.cirros(jvirt.client(), "testvm", RunStrategy.ALWAYS, "#!/bin/sh\ntrue\n"));
    VirtualMachineInstance vmi = Guests.awaitRunning(jvirt, namespace, "testvm", null);
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-guest: up");
  }

  @AfterAll
  static void removeNamespace() {
    jvirt.deleteNamespace(namespace);
  }

  @Test
  @Order(1)
  void aSessionLogsInRunsACommandAndDetachesOnCtrlRightBracket() {
    try (VirtctlSession console = open()) {
      int at = loginPrompt(console, 0);
      console.type("cirros\r");
      at = console.awaitOutput("Password:", at, PROMPT);
      console.type("gocubsgo\r");
      at = console.awaitOutput("$ ", at, PROMPT);
      long typed = System.nanoTime();
      console.type("echo jvirt-$((6*7))\r");
      console.awaitOutput("jvirt-42", at, PROMPT);
      System.out.printf(
          "[figures] console command answered in %.0f ms%n", (System.nanoTime() - typed) / 1e6);
      console.type("exit\r");
      console.type(ESCAPE);
      assertThat(console.awaitExit(Duration.ofSeconds(20))).as(console.output()).isZero();
    }
  }

  @Test
  @Order(2)
  void aPersonAtATerminalUnderTmuxLogsInAndDetaches() {
    try (Tmux terminal =
        Tmux.start(
            jvirt.root(),
            "console-" + namespace,
            jvirt.virtctlCommand("console", "testvm", "-n", namespace))) {
      terminal.awaitScreen("Successfully connected to testvm console.", PROMPT);
      terminal.pressUntil("Enter", "login:", PROMPT);
      terminal.type("root");
      terminal.keys("Enter");
      terminal.awaitScreen("Password:", PROMPT);
      terminal.type("gocubsgo");
      terminal.keys("Enter");
      // tmux drops the prompt's trailing space
      terminal.awaitScreen("~#", PROMPT);
      terminal.type("echo tmux-$((6*7))");
      terminal.keys("Enter");
      terminal.awaitScreen("tmux-42", PROMPT);
      // raw mode: the guest echoes what is typed, the local terminal does not echo it again
      assertThat(terminal.screen().split("echo tmux-\\$\\(\\(6\\*7\\)\\)", -1)).hasSize(2);
      terminal.type("exit");
      terminal.keys("Enter", "C-]");
      await().atMost(Duration.ofSeconds(20)).until(() -> !terminal.running());
    }
  }

  @Test
  @Order(3)
  void aSecondSessionEndsTheFirstAndGetsTheGuest() {
    try (VirtctlSession first = open()) {
      loginPrompt(first, 0);
      try (VirtctlSession second = open()) {
        assertThat(first.awaitExit(Duration.ofSeconds(30))).as(first.output()).isZero();
        loginPrompt(second, 0);
        second.type(ESCAPE);
        assertThat(second.awaitExit(Duration.ofSeconds(20))).as(second.output()).isZero();
      }
    }
  }

  @Test
  @Order(4)
  void aConsoleOfAMissingVmiIsRefusedInOneLine() {
    Commands.Result refused =
        jvirt.virtctl("console", "no-such-vm", "-n", namespace, "--timeout", "1");
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output().strip())
        .isEqualTo(
            "Can't connect to websocket (404): virtualmachineinstance.kubevirt.io \"no-such-vm\""
                + " not found");
  }

  @Test
  @Order(5)
  void aUserWithoutTheConsoleRightIsRefusedInOneLine() throws Exception {
    Path kubeconfig = ServiceAccountUsers.kubeconfig(jvirt, namespace, "viewer", "view");
    try {
      Commands.Result refused =
          jvirt.virtctl("console", "testvm", "--kubeconfig", kubeconfig.toString());
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.output().strip())
          .isEqualTo(
              "Can't connect to websocket (403): virtualmachineinstances.subresources.kubevirt.io"
                  + " \"testvm\" is forbidden: User \"system:serviceaccount:"
                  + namespace
                  + ":viewer\" cannot get resource \"virtualmachineinstances/console\" in API"
                  + " group \"subresources.kubevirt.io\" in the namespace \""
                  + namespace
                  + "\"");
    } finally {
      Files.deleteIfExists(kubeconfig);
    }
  }

  @Test
  @Order(6)
  void aVncViewerThroughTheProxyGetsQemusRfbGreeting() throws Exception {
    try (VirtctlSession vnc =
        jvirt.virtctlSession("vnc", "--proxy-only", "testvm", "-n", namespace)) {
      int end = vnc.awaitOutput("}", 0, PROMPT);
      Matcher port = Pattern.compile("\\{\"port\":(\\d+)}").matcher(vnc.output().substring(0, end));
      assertThat(port.find()).as(vnc.output()).isTrue();
      try (Socket viewer = new Socket("127.0.0.1", Integer.parseInt(port.group(1)))) {
        viewer.setSoTimeout(30_000);
        byte[] greeting = viewer.getInputStream().readNBytes(12);
        assertThat(new String(greeting, StandardCharsets.US_ASCII)).isEqualTo("RFB 003.008\n");
      }
      assertThat(vnc.awaitExit(Duration.ofSeconds(30))).as(vnc.output()).isZero();
    }
  }

  @Test
  @Order(7)
  void aVncScreenshotIsAPngOfTheGuestsScreen() throws Exception {
    Path png = Files.createTempFile("jvirt-screenshot", ".png");
    try {
      Commands.Result shot =
          jvirt.virtctl("vnc", "screenshot", "testvm", "-n", namespace, "-f", png.toString());
      assertThat(shot.exitCode()).as(shot.output()).isZero();
      byte[] image = Files.readAllBytes(png);
      assertThat(Arrays.copyOf(image, 8))
          .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteBuffer header = ByteBuffer.wrap(image, 16, 8);
      int width = header.getInt();
      int height = header.getInt();
      System.out.printf("[figures] VNC screenshot %dx%d, %d bytes%n", width, height, image.length);
      assertThat(width).isGreaterThanOrEqualTo(640);
      assertThat(height).isGreaterThanOrEqualTo(400);
    } finally {
      Files.deleteIfExists(png);
    }
    Commands.Result missing =
        jvirt.virtctl("vnc", "screenshot", "no-such-vmi", "-n", namespace, "-f", "-");
    assertThat(missing.output().strip())
        .isEqualTo(
            "failed to take a screenshot of VMI no-such-vmi (404):"
                + " virtualmachineinstance.kubevirt.io \"no-such-vmi\" not found");
  }

  @Test
  @Order(8)
  void theSessionEndsWhenTheVmStops() {
    try (VirtctlSession console = open()) {
      loginPrompt(console, 0);
      Commands.Result stop = jvirt.virtctl("stop", "testvm", "-n", namespace);
      assertThat(stop.exitCode()).as(stop.output()).isZero();
      console.awaitExit(Guests.BOOT);
    }
    await().atMost(Guests.BOOT).until(() -> jvirt.vmi(namespace, "testvm") == null);
    Commands.Result refused = jvirt.virtctl("console", "testvm", "-n", namespace, "--timeout", "1");
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output()).startsWith("Can't connect to websocket (404)");
  }

  private static VirtctlSession open() {
    VirtctlSession console = jvirt.virtctlSession("console", "testvm", "-n", namespace);
    console.awaitOutput("Successfully connected to testvm console.", 0, PROMPT);
    return console;
  }

  /**
   * Presses Enter until the guest's getty asks for a login (logging out first should an earlier
   * session have left a shell); where its answer ends.
   */
  private static int loginPrompt(VirtctlSession console, int from) {
    console.type("\r");
    await()
        .atMost(PROMPT)
        .pollInterval(Duration.ofMillis(200))
        .alias("a login prompt or a shell")
        .until(() -> console.output().indexOf("login:", from) >= 0 || shell(console, from));
    if (console.output().indexOf("login:", from) < 0) {
      console.type("exit\r");
    }
    return console.awaitOutput("login:", from, PROMPT);
  }

  private static boolean shell(VirtctlSession console, int from) {
    String output = console.output().substring(Math.min(from, console.output().length()));
    return output.contains("# ") || output.contains("$ ");
  }
}
