package cn.govsite.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A part of the platform the fault drill kills with {@code kill -9} and starts again: a
 * server of the launcher ({@code ./govsite kill NAME}, then {@code ./govsite up --infra})
 * or one of the service processes of the test platform.
 */
interface FaultTarget {

	String name();

	void kill();

	void restart();

	static FaultTarget server(String name) {
		return new Server(name);
	}

	static FaultTarget service(ServiceProcess process) {
		return new Service(process);
	}

	record Server(String name) implements FaultTarget {

		@Override
		public void kill() {
			launcher("kill", this.name);
		}

		@Override
		public void restart() {
			launcher("up", "--infra");
		}

		private static void launcher(String... arguments) {
			Path repo = Path.of("..").toAbsolutePath().normalize();
			Path log = Path.of("target", "e2e-logs", "launcher.log");
			List<String> command = new java.util.ArrayList<>(List.of(repo.resolve("govsite").toString()));
			command.addAll(List.of(arguments));
			try {
				Files.createDirectories(log.getParent());
				Process process = new ProcessBuilder(command).directory(repo.toFile())
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
					.start();
				if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new IllegalStateException(
							"./govsite " + String.join(" ", arguments) + " failed; see " + log.toAbsolutePath());
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not run ./govsite", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	record Service(ServiceProcess process) implements FaultTarget {

		@Override
		public String name() {
			return this.process.module();
		}

		@Override
		public void kill() {
			this.process.kill();
		}

		@Override
		public void restart() {
			this.process.start();
		}

	}

}
