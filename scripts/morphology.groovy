// A neuron's shape: reads an SWC file (by default the small ball-and-stick neuron in scripts/data,
// made for Synfire, not a reconstruction), lists its sections, saves its compartments as a table
// and draws it, coloured by section type and by path distance from the soma. Geometry only; spatial
// neurons of such shapes are simulated with the spatial word (see scripts/axon.groovy).
//
// Run:     scripts/synfire run scripts/morphology.groovy [--param file=cell.swc] [--out out/morphology]
// Writes:  compartments.csv (compartment, section, parent, length, diameter, area, distance, x, y, z),
//          morphology.png/.svg, distance.png/.svg
def file = param('file', 'scripts/data/ball_and_stick.swc')
def cell = swc(file)
println cell
cell.sections().each { println "  $it" }
cell.warnings().each { println "warning: $it" }

def compartments = Table.create('compartments',
    IntColumn.create('compartment', (0..<cell.size()) as int[]),
    StringColumn.create('section', cell.sectionNames()),
    IntColumn.create('parent', cell.parents()),
    DoubleColumn.create('length_um', cell.lengths(um)),
    DoubleColumn.create('diameter_um', cell.diameters(um)),
    DoubleColumn.create('area_um2', cell.areas(um ** 2)),
    DoubleColumn.create('distance_um', cell.distances(um)),
    DoubleColumn.create('x_um', cell.x(um)),
    DoubleColumn.create('y_um', cell.y(um)),
    DoubleColumn.create('z_um', cell.z(um)))
save compartments, 'compartments'
save Plots.morphology(cell), 'morphology'
save Plots.morphology(cell, 'distance', cell.distances(um), um), 'distance'
compartments
