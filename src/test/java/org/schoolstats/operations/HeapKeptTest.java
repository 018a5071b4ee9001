package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

/** docs/decisions.md, "Scale and memory": a run keeps the heap it grows to (the JVM's default would give it back). */
class HeapKeptTest {

	@Test
	void aRunKeepsTheHeapItGrowsTo() {
		HeapKept.keepWhatTheHeapGrowsTo();

		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		assertThat(hotSpot.getVMOption(HeapKept.OPTION).getValue()).isEqualTo("100");
	}

}
