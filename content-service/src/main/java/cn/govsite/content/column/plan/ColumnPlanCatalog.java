package cn.govsite.content.column.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The built-in plans shipped under {@code classpath:plans/}; read once at start, and a
 * broken one stops the service (a shipped plan must be valid).
 */
@Component
public class ColumnPlanCatalog {

	private final List<ColumnPlan> plans;

	ColumnPlanCatalog() {
		this.plans = load();
	}

	public List<ColumnPlan> all() {
		return this.plans;
	}

	public Optional<ColumnPlan> find(String name) {
		return this.plans.stream().filter(plan -> plan.name().equals(name)).findFirst();
	}

	private static List<ColumnPlan> load() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.json");
			return Arrays.stream(files)
				.map(ColumnPlanCatalog::read)
				.sorted(Comparator.comparing(ColumnPlan::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ColumnPlan read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			PlanReader.Result result = PlanReader.read(in.readAllBytes());
			if (!result.valid()) {
				throw new IllegalStateException("Built-in column plan " + file.getFilename() + " is invalid: "
						+ result.problems()
							.stream()
							.map(p -> p.field() + " " + p.message().en())
							.collect(Collectors.joining("; ")));
			}
			return result.plan();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
