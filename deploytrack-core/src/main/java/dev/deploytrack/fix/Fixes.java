package dev.deploytrack.fix;

import java.util.ArrayList;
import java.util.List;

/** The fixes offered during one validation run that asked for them. */
public final class Fixes {

    private final List<Fix> offered = new ArrayList<>();

    public void offer(Fix fix) {
        if (fix != null) {
            offered.add(fix);
        }
    }

    public List<Fix> offered() {
        return List.copyOf(offered);
    }
}
