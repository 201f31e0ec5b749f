package org.openderm.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The red-flag and refusal rules as shipped, in French and English, with negation and typos. */
class SafetyRulesTest {

  private static SafetyRules rules;

  @BeforeAll
  static void load() {
    rules = SafetyRules.load(new ClasspathContent(SafetyRulesTest.class.getClassLoader()));
  }

  private static String firstFlag(String question) {
    List<SafetyRule> flags = rules.redFlags(question);
    return flags.isEmpty() ? "none" : flags.get(0).id() + ":" + flags.get(0).urgency().code();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My son has eczema and painful blisters spreading over his face with a fever"
            + "|eczema-herpeticum:emergency",
        "mon fils a de l'eczema et des petites bulles douloureuses avec 39 de fievre"
            + "|eczema-herpeticum:emergency",
        "ma fille a de l'exzema avec des vesicules partout et de la fiévre"
            + "|eczema-herpeticum:emergency",
        "I have a mole that is growing and bleeds|suspicious-mole:soon",
        "mon grain de beauté a grossi et saigne|suspicious-mole:soon",
        "my lips and tongue are swelling and I have trouble breathing|anaphylaxis:emergency",
        "mes lèvres gonflent et j'ai du mal à respirer|anaphylaxis:emergency",
        "on accutane and having suicidal thoughts|isotretinoin-suicidal-thoughts:emergency",
        "I want to end my life|suicidal-thoughts:emergency",
        "sous roaccutane j'ai des idées suicidaires|isotretinoin-suicidal-thoughts:emergency",
        "j'ai des idées noires, envie de mourir|suicidal-thoughts:emergency",
        "since a new antibiotic my skin is blistering and peeling off"
            + "|severe-drug-reaction:emergency",
        "depuis un nouveau médicament ma peau fait des bulles et se décolle"
            + "|severe-drug-reaction:emergency",
        "high fever and a rash after I came back from Thailand|fever-rash-travel:urgent",
        "fièvre à 39 et éruption au retour de voyage au Sénégal|fever-rash-travel:urgent",
        "purple spots that don't fade with a glass and fever|purpura-fever:emergency",
        "my lip is swollen since this morning|angioedema-no-breathing-problem:urgent",
        // Issue 20: the negation of "boit" must not swallow "fièvre" (clause terminator "et").
        "Mon bébé a de l'eczéma, il ne boit pas et a de la fièvre, avec des petites vésicules"
            + "|eczema-herpeticum:emergency",
        "My son isn't eating and has a fever and small blisters on his eczema"
            + "|eczema-herpeticum:emergency",
        // Plural and verb forms of the purpura phrase.
        "des taches rouges qui ne s'effacent pas quand on appuie|purpura:urgent",
        "des taches qui ne disparaissent pas quand on appuie et de la fièvre|purpura-fever:emergency",
        "Je veux mourir|suicidal-thoughts:emergency",
        "I want to die|suicidal-thoughts:emergency",
        "hives and dizziness after a bee sting|anaphylaxis:emergency",
        "urticaire et je me suis évanouie après des cacahuètes|anaphylaxis:emergency",
        // Typos on long words, lay words.
        "je prend du metotrexate tous les jour au lieu d une fois par semaine"
            + "|methotrexate-dosing-error:urgent",
        "my 6 week old has a temprature of 38.4|fever-infant-under-3-months:emergency",
        "a new dark band in my thumbnail|nail-dark-band:soon",
        "on rinvoq and my calf is swollen and painful|jak-inhibitor-clot:emergency",
        "red painful eye and blurry vision on dupilumab|red-painful-eye:urgent",
      })
  void redFlags_matchTheSituationsOfTheIssue(String question, String expected) {
    assertThat(firstFlag(question)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mon fils a de l'eczéma, pas de fièvre et pas de bulles, juste la peau sèche",
        "my child has eczema, no fever, no blisters, just dry skin",
        "hives for two days without any swelling of the lips and no trouble breathing",
        "urticaire sans gonflement des lèvres ni difficulté à respirer",
        "What is eczema herpeticum and why is it dangerous?",
        "what is angioedema?",
        "how do I know if my eczema is infected?",
        "how often should I apply my moisturiser?",
        "I'm 39 years old with dry skin on my hands",
        "bouton de fièvre sur la lèvre et eczéma, quelles précautions ?",
        "I have eczema, asthma and hay fever and small blisters on my hands",
        // Negated, hypothetical or past: the scope of the trigger, not the whole question.
        "mon fils n'a pas de fièvre et pas de bulles sur son eczéma",
        "no fever or blisters on her eczema, just very itchy",
        "quels sont les signes de l'eczéma herpétisé chez un enfant avec de la fièvre ?",
        "my son had Kawasaki disease years ago, does it affect his skin?",
        "je veux en finir avec mon eczéma, quel traitement ?",
        "how long after stopping methotrexate can I get pregnant?",
        "should I get the shingles vaccine before starting rinvoq?",
        "I'm not pregnant, I take acitretin, which contraception?",
        "les taches brunes de mon acné ne s'effacent pas",
      })
  void redFlags_stayQuiet_whenNegatedOrOnlyInformational(String question) {
    assertThat(firstFlag(question)).isEqualTo("none");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What dose of prednisolone should I take?|dose",
        "how many mg of cetirizine can I take|dose",
        "can I double my antihistamine?|dose",
        "quelle dose de roaccutane dois-je prendre ?|dose",
        "puis-je augmenter la dose de mon methotrexate ?|dose",
        "can I stop my dupilumab injections now?|stop-treatment",
        "je veux arrêter mon traitement par isotrétinoïne|stop-treatment",
        "est-ce que je peux arrêter la crème à la cortisone ?|stop-treatment",
        "I have a red itchy rash on my arm, what do I have?|diagnosis",
        "here is a photo of a spot on my back, is it cancer?|diagnosis",
        "is this rash on my baby eczema?|diagnosis",
        "j'ai une plaque rouge sur le bras, qu'est-ce que j'ai ?|diagnosis",
        "je vous envoie une photo de mon bouton, c'est grave ?|diagnosis",
        "est-ce que j'ai un psoriasis ou un eczéma ?|diagnosis",
        "rougeurs du visage, c'est la rosacée ?|diagnosis",
      })
  void refusals_coverDiagnosisDoseAndStopping(String question, String expected) {
    assertThat(rules.refusal(question)).map(SafetyRule::id).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is psoriasis?",
        "c'est quoi le psoriasis, c'est contagieux ?",
        "Is eczema contagious?",
        "le psoriasis est-il contagieux ?",
        "do I have to apply cream every day?",
        "ai-je besoin d'un dermatologue pour mon acné ?",
        "I was diagnosed with psoriasis, what are the treatments?",
        "on m'a diagnostiqué un eczéma, que faire ?",
        "le tacrolimus (protopic) ça brule au debut, c'est normal ?",
        "how can I stop scratching at night",
        "how do I use an adrenaline pen",
        "how do I take a good photo of my rash for a teleconsultation",
        "what is impetigo and is it contagious for school",
      })
  void refusals_letGeneralQuestionsThrough(String question) {
    assertThat(rules.refusal(question)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void specificRule_replacesTheGeneralOnes() {
    assertThat(rules.redFlags("on isotretinoin, depressed and suicidal"))
        .extracting(SafetyRule::id)
        .containsExactly("isotretinoin-suicidal-thoughts");
  }

  @org.junit.jupiter.api.Test
  void everyRuleHasTextInBothLanguages() {
    for (SafetyRule rule : rules.allRedFlags()) {
      assertThat(rule.message()).containsKeys(Language.FR, Language.EN);
      assertThat(rule.urgency()).isNotEqualTo(Urgency.NONE);
    }
    for (SafetyRule rule : rules.allRefusals()) {
      assertThat(rule.message()).containsKeys(Language.FR, Language.EN);
      assertThat(rule.whoToAsk()).containsKeys(Language.FR, Language.EN);
    }
  }
}
