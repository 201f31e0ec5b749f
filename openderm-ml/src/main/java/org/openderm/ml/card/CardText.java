package org.openderm.ml.card;

/** The model card's fixed statements, written by OpenDerm. */
final class CardText {

  static final String LICENCE =
      "Weights trained on HAM10000 (CC BY-NC-SA 4.0): they inherit its terms, so non-commercial"
          + " use only, with attribution, and derived weights shared alike. The code is"
          + " OpenDerm's own.";

  static final String DATASET =
      "HAM10000: Tschandl P, Rosendahl C, Kittler H. The HAM10000 dataset, a large collection of"
          + " multi-source dermatoscopic images of common pigmented skin lesions. Sci Data 5,"
          + " 180161 (2018). 10,015 dermoscopic images of 7,470 lesions, 200x150 px here.";

  static final String INTENDED =
      "Decision support for clinicians triaging dermoscopic images of pigmented skin lesions of"
          + " adults: seven HAM10000 categories with calibrated probabilities, a referral"
          + " suggestion and a heat map. A second opinion that never replaces the physician's"
          + " examination, dermoscopy expertise or histopathology.";

  static final String OUT_OF_SCOPE =
      "Not a diagnosis. Not for clinical (non-dermoscopic) photos, smartphone close-ups,"
          + " mucosa, nails, scalp hair-bearing areas, inflammatory or non-pigmented lesions"
          + " outside the seven categories, children, or self-screening by patients. Not"
          + " validated on skin of colour. Not a medical device.";

  static final String LIMITATIONS =
      "Skin of colour is barely represented in HAM10000 (European and Australian fair-skinned"
          + " populations): performance on darker skin types (Fitzpatrick V-VI) is unknown and"
          + " probably worse. Validation is internal (same sources as training) except the"
          + " isic-557 melanoma-vs-nevus set; bootstrap intervals resample images, not lesions."
          + " The input (128 px from a 150 px centre square) still loses some fine dermoscopic"
          + " structure that full-resolution images show. Rare classes (df, vasc,"
          + " akiec) have few validation images and wide intervals. The out-of-scope detector"
          + " was tested on generated images only.";

  static final String JUSTIFICATION =
      "A full run must finish within about an hour on two CPU cores. Dermoscopic detail (dots,"
          + " globules, the pigment network) is a few pixels wide, so the input keeps nearly all"
          + " of HAM10000's 150 px centre square (128 px), and the cost is held down as in"
          + " ResNet: two strided 3x3 convolutions take the image to 32x32 before the residual"
          + " stages. This 1.6 M parameter network then trains at about 130 images per second on"
          + " two idle cores (DJL/PyTorch), about 45 epochs of 8,500 images in 50 minutes, no"
          + " slower than the previous 80 px design with its first stage at 40x40; the 6 MB of"
          + " weights can be committed. The learning-rate schedule follows elapsed time, so a run"
          + " on a loaded machine still anneals fully but sees fewer epochs (the epochs actually"
          + " run are stated below).";

  private CardText() {}
}
