package org.sipqm.core.internal.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's source of random choices. It wraps {@link Random}, whose algorithm the Java
 * specification fixes, so the same seed gives the same choices on every JVM.
 */
final class SampleRandom {

	private final Random random;

	SampleRandom(long seed) {
		this.random = new Random(seed);
	}

	/** Returns a seed for an independent stream, derived from a seed and a label. */
	static long derive(long seed, String label) {
		long hash = seed * 0x9E3779B97F4A7C15L;
		for (int i = 0; i < label.length(); i++) {
			hash = (hash ^ label.charAt(i)) * 0x100000001B3L;
		}
		return hash;
	}

	/** Returns an integer from min to max, both included. */
	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	double gaussian() {
		return random.nextGaussian();
	}

	double fraction() {
		return random.nextDouble();
	}

	/**
	 * Draws one of the values, the first with the probability of the first bound, each next one
	 * with the difference to the bound before it, and the last with what remains.
	 *
	 * @param bounds increasing cumulative probabilities, one fewer than the values
	 */
	@SafeVarargs
	final <T> T choose(double[] bounds, T... values) {
		double draw = random.nextDouble();
		for (int i = 0; i < bounds.length; i++) {
			if (draw < bounds[i]) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Returns count distinct values in random order, or all of them when there are fewer. */
	<T> List<T> sample(List<T> values, int count) {
		List<T> copy = new ArrayList<>(values);
		int size = Math.min(count, copy.size());
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(copy.size() - i);
			T swap = copy.get(i);
			copy.set(i, copy.get(j));
			copy.set(j, swap);
		}
		return new ArrayList<>(copy.subList(0, size));
	}

	/** Returns the date, or the Friday before it when it falls at a weekend. */
	static LocalDate onWeekday(LocalDate date) {
		return switch (date.getDayOfWeek()) {
		case SATURDAY -> date.minusDays(1);
		case SUNDAY -> date.minusDays(2);
		default -> date;
		};
	}

	/** Returns a weekday from first to last, both included; last must not be before first. */
	LocalDate weekday(LocalDate first, LocalDate last) {
		long days = ChronoUnit.DAYS.between(first, last);
		LocalDate date = first.plusDays(random.nextInt((int) days + 1));
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			date = date.minusDays(1);
		} else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.plusDays(1);
		}
		if (date.isBefore(first) || date.isAfter(last)) {
			return first;
		}
		return date;
	}
}
