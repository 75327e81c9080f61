package org.synfire.build;

import org.synfire.engine.Population;

/**
 * A population checked and planned by its build function (see {@link Builder}), holding nothing
 * large yet: the build allocates every population only once the whole network has no problems.
 */
interface PopulationBuild {

    /** Estimated bytes of the population's state, for the memory check before anything is allocated. */
    long bytes();

    /** Creates the population's state (arrays, initial values, the bound kernel). */
    Population allocate(BuildContext context);
}
