/** A Data Package licence: an Open Definition id or the address of the terms, and a title. */
export interface Licence {
  readonly name?: string;
  readonly path?: string;
  readonly title: string;
}

const MIT: Licence = {
  name: 'MIT',
  title: "MIT licence (korea-latam's own wording, compilation and code; see the package's LICENSE file)",
};
const IMF: Licence = {
  path: 'https://www.imf.org/en/About/copyright-and-terms',
  title: "IMF Direction of Trade Statistics: the IMF's copyright and terms of use (statistical data); cite the IMF",
};
const COMTRADE: Licence = {
  path: 'https://comtrade.un.org/db/help/PolicyOnUseAndRedissemination.pdf',
  title: 'UN Comtrade rows (source un-comtrade-plus): the UN Comtrade licence agreement and policy on re-dissemination',
};
const KOSIS: Licence = {
  path: 'https://kosis.kr/statHtml/statHtml.do?orgId=360&tblId=DT_1R11006_FRM101',
  title:
    'Korea Customs Service figures (source kosis-kcs-trade): Korean public statistics published on KOSIS; cite the Korea Customs Service and KOSIS',
};
const COW: Licence = {
  path: 'https://correlatesofwar.org/data-sets/bilateral-trade/',
  title:
    'Correlates of War rows (source cow-bilateral-trade): the terms on the project page; cite the Correlates of War Project',
};
const KDIPLO: Licence = {
  path: 'https://github.com/kjayhan/kdiplo',
  title:
    "The kdiplo package (MIT) that carries the KOSIS and Correlates of War series; the statistics keep their publishers' terms",
};

/** The licences of each dataset's tables. */
export const RESOURCE_LICENCES = {
  trade: [IMF, COMTRADE, KOSIS, COW, KDIPLO],
  rankings: [IMF, KOSIS, KDIPLO, MIT],
  prices: [
    {
      path: 'http://opendatacommons.org/licenses/pddl/1.0/',
      title:
        'US Bureau of Labor Statistics data are US public domain; the carrying data package is under the ODC Public Domain Dedication and Licence 1.0',
    },
  ],
  ties: [KDIPLO, MIT],
  pages: [MIT],
  paper: [MIT],
  own: [MIT],
  codes: [
    {
      path: 'https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes',
      title: 'ISO 3166-1 codes and UN M49 regions as compiled in this repository (see its licence)',
    },
    MIT,
  ],
} as const satisfies Record<string, readonly Licence[]>;
