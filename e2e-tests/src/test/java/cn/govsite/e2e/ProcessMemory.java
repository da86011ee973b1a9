package cn.govsite.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service process's memory as an operator reads it: heap used after a full GC (jcmd
 * {@code GC.run}, then {@code GC.heap_info}) and the resident set from {@code /proc}.
 */
record ProcessMemory(long heapUsedKb, long rssKb) {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

	static ProcessMemory of(long pid) {
		jcmd(pid, "GC.run");
		Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
		long heap = used.find() ? Long.parseLong(used.group(1)) : -1;
		long rss = -1;
		try {
			Matcher matcher = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
			if (matcher.find()) {
				rss = Long.parseLong(matcher.group(1));
			}
		}
		catch (IOException ex) {
			// not on Linux: no RSS figure
		}
		return new ProcessMemory(heap, rss);
	}

	private static String jcmd(long pid, String command) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(60, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	String mb(long kb) {
		return (kb < 0) ? "?" : String.format("%.1f", kb / 1024.0);
	}

}
