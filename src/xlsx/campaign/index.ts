export {
  CAMPAIGN_STYLES,
  campaignCellNumber,
  campaignNumFmt,
  writeCampaignWorkbook,
} from "./write-campaign";
export {
  campaignFromWorkbook,
  campaignGrid,
  findCampaignSheet,
  readCampaignWorkbook,
} from "./read-campaign";
export type { CampaignFileResult } from "./read-campaign";
