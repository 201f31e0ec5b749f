package org.openderm.ml.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openderm.ml.training.OutlineTrainer;
import org.openderm.ml.training.SegmentationEval;

/** The lesion outline network's card ({@code outline-card.json} and {@code .md}). */
public final class OutlineCard {

  private OutlineCard() {}

  /** Writes both files of the card into {@code dir}. */
  public static void write(Path dir, OutlineTrainer.Result r) throws IOException {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("model", "openderm-lesion-outline");
    card.put("architecture", "U-Net, widths 16-32-64-128, 64x64 input, whole image");
    card.put("data", "HAM10000 lesion masks, split by lesion_id (the classifier's split)");
    card.put("licence", "CC BY-NC-SA 4.0 (inherited from HAM10000): non-commercial use only");
    card.put("epochs", r.epochs());
    card.put("trainMinutes", r.minutes());
    card.put("trainImages", r.trainImages());
    card.put("validation", scores(r.network()));
    card.put("classicalBaseline", scores(r.classical()));
    Files.writeString(dir.resolve("outline-card.json"), Json.write(card), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("outline-card.md"), markdown(r), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> scores(SegmentationEval.Scores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", s.images());
    m.put("meanIou", s.meanIou());
    m.put("meanDice", s.meanDice());
    m.put("shareIouAtLeast065", s.shareIouAbove065());
    return m;
  }

  private static String markdown(OutlineTrainer.Result r) {
    return String.format(
        Locale.ROOT,
        """
        # OpenDerm lesion outline network — card

        What it is: a small U-Net (Ronneberger et al., MICCAI 2015) that outlines a pigmented \
        lesion on a dermoscopic image, so that its area, diameters, asymmetry and border can be \
        measured. What it is not: a diagnosis, or an outline of non-dermoscopic photos.

        - Data: HAM10000 ground-truth masks (Tschandl et al., Sci Data 2018), split by \
        lesion_id with the classifier's split, so that no lesion is in both training and \
        validation. Licence CC BY-NC-SA 4.0: the weights are for non-commercial use only.
        - Training: %d epochs, %.1f minutes on the training machine, %d training masks; \
        binary cross-entropy plus soft Dice, AdamW, eight square symmetries and brightness and \
        contrast jitter; whole image squeezed to 64 x 64 after Shades of Grey colour constancy.

        ## Validation (%d masks, at the images' own resolution, mean over images)

        | | IoU (Jaccard) | Dice | share of images with IoU >= 0.65 |
        |---|---|---|---|
        | outline network | %.3f | %.3f | %.3f |
        | classical baseline (Otsu on blue) | %.3f | %.3f | %.3f |

        The ISIC 2018 Task 1 challenge scored IoU thresholded at 0.65 per image; its winners \
        scored a mean thresholded IoU of about 0.80 on its test set (other images, full \
        resolution: not directly comparable).

        ## Limits

        Lesions larger than the field of view, heavy hair, ink marks and bubbles can bend the \
        outline; measurements are in pixels (no physical scale). Skin of colour is barely \
        represented in HAM10000.
        """,
        r.epochs(),
        r.minutes(),
        r.trainImages(),
        r.network().images(),
        r.network().meanIou(),
        r.network().meanDice(),
        r.network().shareIouAbove065(),
        r.classical().meanIou(),
        r.classical().meanDice(),
        r.classical().shareIouAbove065());
  }
}
