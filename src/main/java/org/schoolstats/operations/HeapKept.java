package org.schoolstats.operations;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the heap a run has grown to instead of giving memory back between steps. A run is one batch that needs the
 * same room again a moment later. With the JVM's defaults (G1, {@code MaxHeapFreeRatio} 70) the collector shrinks
 * the heap after a concurrent cycle early in the run, when little is live, to under 200 MB; the read steps then
 * collect more often in a smaller young generation (measured at province size: about 0.8 s of a 13 s run).
 * {@code MaxHeapFreeRatio} is one of the JVM's manageable options, meant to be changed while it runs. It is left as
 * it is when the command line sets it.
 */
final class HeapKept {

	private static final Logger log = LoggerFactory.getLogger(HeapKept.class);

	static final String OPTION = "MaxHeapFreeRatio";

	private HeapKept() {
	}

	static void keepWhatTheHeapGrowsTo() {
		try {
			HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			VMOption option = hotSpot.getVMOption(OPTION);
			if (option.getOrigin() != VMOption.Origin.DEFAULT) {
				log.info("{} left at {} as the command line set it", OPTION, option.getValue());
				return;
			}
			hotSpot.setVMOption(OPTION, "100");
			log.info("{} set to 100: the heap keeps what it grows to", OPTION);
		}
		catch (RuntimeException ex) { // another JVM, or the option is not manageable there: its default stays
			log.info("{} left at the JVM's default ({})", OPTION, ex.toString());
		}
	}

}
