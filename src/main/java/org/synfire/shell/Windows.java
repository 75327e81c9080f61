package org.synfire.shell;

import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.synfire.plot.Figure;

/** Figures in windows, for a REPL with a display; one window per figure, closed independently. */
final class Windows {
    private Windows() {
    }

    static void show(Figure figure, String title) {
        // Rendered once to an image, so a grid of charts shows as it would be saved.
        ImageIcon image = new ImageIcon(figure.image());
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame(title);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.add(new JLabel(image));
            frame.pack();
            frame.setVisible(true);
        });
    }
}
