/** A person name from MML (`mmlNm:Name`); `repCode` I = kanji, P = kana, A = alphabet. */
export interface PatientName {
  repCode?: string;
  fullname?: string;
  family?: string;
  given?: string;
  middle?: string;
}

export interface PatientAddress {
  full?: string;
  prefecture?: string;
  city?: string;
  town?: string;
  homeNumber?: string;
  zip?: string;
}

/**
 * Identifying data from an MML PatientInfo module. It is kept beside the notes
 * (the de-identification stage masks these strings) and never put into `Note.text`.
 */
export interface Patient {
  /** masterId: the patient's id at the creating facility. */
  id: string;
  otherIds: string[];
  names: PatientName[];
  birthday?: string;
  sex?: string;
  addresses: PatientAddress[];
  phones: string[];
  emails: string[];
}
