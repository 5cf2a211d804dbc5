package io.jvirt.virtctl;

import io.jvirt.virtctl.client.ClientException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Prints every failure as one line on stderr, never a stack trace, and answers exit code 1. */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** Exit code of every failure, as cobra-based virtctl uses. */
  static final int FAILURE = 1;

  private final PrintStream err;

  ErrorReporter(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    err.println(describe(ex));
    return FAILURE;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    String name = ex.getCommandLine().getCommandSpec().qualifiedName();
    err.println(oneLine(ex.getMessage()) + " (see '" + name + " --help')");
    return FAILURE;
  }

  /** The message of an expected failure; the type and message of an unexpected one. */
  static String describe(Throwable failure) {
    if (failure instanceof CommandFailedException || failure instanceof ClientException) {
      return oneLine(failure.getMessage());
    }
    String message = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return message == null ? type : type + ": " + oneLine(message);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
